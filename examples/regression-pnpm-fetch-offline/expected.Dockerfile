FROM node:20-slim
WORKDIR /app
COPY pnpm-lock.yaml ./
RUN pnpm fetch --prod
COPY . ./
RUN pnpm install -r --offline --prod
