FROM node:22-bookworm AS clean
RUN npm ci && npm cache clean --force
RUN yarn install && yarn cache clean

FROM clean AS mounted
RUN --mount=type=cache,target=/root/.npm npm ci
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install

FROM mounted AS berry
RUN corepack enable && yarn set version stable
COPY .yarnrc.yml ./
RUN yarn install

FROM berry
# hadolint ignore=DL3060
RUN yarn add left-pad
