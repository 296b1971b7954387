FROM php:8.3-cli AS phar
WORKDIR /app
COPY composer.json composer.lock ./
RUN php composer.phar install --no-dev \
    && php composer.phar clear-cache

FROM php:8.3-cli AS local
WORKDIR /app
RUN ./composer.phar install --no-dev --optimize-autoloader \
    && ./composer.phar clear-cache

FROM php:8.3-cli AS path
RUN php /usr/local/bin/composer require monolog/monolog \
    && php /usr/local/bin/composer clear-cache

FROM php:8.3-cli AS moved
RUN ./composer.phar install && cd public

FROM php:8.3-cli AS moved-script
RUN php composer.phar install && cd public

FROM php:8.3-cli
RUN php composer.phar install && php composer.phar clear-cache
