# Gems installed into the home directory: a clean-up of ~/.gem would delete them.
FROM ruby:3.3-slim AS user-install
ENV GEM_HOME=$HOME/.gem
RUN gem install rake
RUN gem install --user-install rubocop

FROM ruby:3.3-slim AS install-dir
RUN gem install -i ~/.gem bundler

FROM ruby:3.3-slim
ARG GEM_PATH=/root/.gem/ruby/3.3.0
RUN gem install rails --version 7.2.0
RUN gem update --system
