# office-desk in a container. Not built on the development machines (they run no Docker engine); it uses only
# what the bot needs: Node 20, the production dependencies and a data volume, run as the unprivileged "node" user.
#   docker build -t office-desk .
#   docker run -d --name office-desk -v office-desk-data:/data -p 3000:3000 \
#     -e SLACK_BOT_TOKEN=... -e SLACK_SIGNING_SECRET=... -e OFFICE_DIRECTORY=/data/directory.yaml office-desk

# better-sqlite3 is a native module: compile it here if no prebuilt binary fits, and leave the tools behind.
FROM node:20-bookworm-slim AS deps
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# Compiled once here (tsc to dist/), so the bot starts without compiling anything.
FROM node:20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
RUN npm ci --no-audit --no-fund
COPY src ./src
COPY flows ./flows
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/data/office.db \
    BACKUP_DIR=/data/backups \
    PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist ./dist
COPY migrations ./migrations
COPY examples ./examples
# The database, its backups, the directory file and holidays-YYYY.yaml live on the volume.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=60s --timeout=10s --start-period=30s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node itself receives SIGTERM from `docker stop`, so the bot finishes its last delivery and closes the database.
CMD ["node", "dist/src/main.js"]
