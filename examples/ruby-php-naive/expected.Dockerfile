FROM ruby:3.3 AS ruby
RUN gem install bundler
RUN gem install rails --version 7.2.0

FROM ruby
RUN composer install --no-dev \
    && composer require monolog/monolog \
    && composer clear-cache
