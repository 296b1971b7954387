FROM {{ base_image | default('debian:bookworm') }}
RUN apt-get update
{% for pkg in extra_packages %}
RUN apt-get install -y --no-install-recommends {{ pkg }}
{% endfor %}
{# the app itself #}
COPY app /app
