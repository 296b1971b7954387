FROM node:20-bookworm AS assets
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 make g++ \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci \
    && npm cache clean --force
COPY . .
RUN npm run build

FROM nginx:1.27
COPY --from=assets /dist /usr/share/nginx/html
