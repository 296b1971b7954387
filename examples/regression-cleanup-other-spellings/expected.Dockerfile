FROM php:8.3-cli
# Composer's home is a throw-away directory: removing it removes the cache kept in it.
RUN set -eux; \
    export COMPOSER_HOME="$(mktemp -d)"; \
    composer create-project --no-dev example/app /srv/app; \
    rm -rf "$COMPOSER_HOME"
ENV COMPOSER_HOME=/tmp/composer
RUN composer global require example/tool && rm -rf ${COMPOSER_HOME}/cache
COPY composer.json composer.lock /srv/app/
# The cache directory wins over the home: removing the home leaves the cache.
RUN export COMPOSER_CACHE_DIR=/var/cache/composer \
    && composer install --working-dir=/srv/app \
    && rm -rf "$COMPOSER_HOME" \
    && composer clear-cache
