# A build script installs nothing: it stays out of the install RUN that already cleaned its cache.
FROM node:22 AS yarn
WORKDIR /app
COPY . .
RUN yarn install --frozen-lockfile && yarn cache clean
RUN yarn build

FROM node:22 AS npm
WORKDIR /app
COPY . .
RUN npm ci && npm cache clean --force
RUN npm run build

FROM node:22
WORKDIR /app
COPY . .
RUN yarn --frozen-lockfile --production=false \
 && yarn cache clean --all
RUN yarn run build && yarn test
