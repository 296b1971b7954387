# Yarn 2+ (berry): under Plug'n'Play the cache is the install, so no `yarn cache clean`.
FROM node:22 AS immutable
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --immutable

FROM node:22 AS immutable-cache
WORKDIR /app
RUN yarn install --immutable --immutable-cache --check-cache

FROM node:22 AS mode
WORKDIR /app
RUN yarn install --mode=skip-build

FROM node:22 AS focus
WORKDIR /app
RUN yarn workspaces focus --all --production

FROM node:22 AS settings
ENV YARN_NODE_LINKER=pnp
RUN yarn

FROM node:22 AS corepack
RUN corepack prepare yarn@stable --activate
RUN yarn install

FROM node:22
WORKDIR /app
COPY .yarnrc.yml ./
COPY .yarn/releases ./.yarn/releases
RUN yarn install
