FROM python:3.12-slim AS deps
RUN apt-get update && apt-get install -y --no-install-recommends build-essential
RUN pip install --no-cache-dir --user flask gunicorn

FROM python:3.12-slim
# only the user's home comes along: pip's cache in it ships, apt's lists do not
COPY --from=deps /root /root
ENV PATH=/root/.local/bin:$PATH
CMD ["gunicorn", "app:app"]
