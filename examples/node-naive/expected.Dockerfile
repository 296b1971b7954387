FROM node:22-bookworm
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci \
    && npm install -g serve \
    && npm cache clean --force
COPY yarn.lock ./
RUN yarn install --frozen-lockfile \
    && yarn global add pm2 \
    && yarn cache clean
RUN pnpm install
