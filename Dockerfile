# syntax=docker/dockerfile:1
#
# The product's two images, built from the repository's root (docker-compose.yml builds both):
#
#   --target services   the seven Node.js services in one image; the command names the service
#                       (ingest-api, read-api, regional-projector, national-projector, web-gateway,
#                       notifier, log-archiver) and PORT its port.
#                       They share nearly every dependency and all the workspace packages, so one image
#                       is built, stored and pulled once instead of seven times; `cci-keys` is in it too.
#   --target dashboard  the dashboard's static files behind nginx, which forwards /auth and /v1 to the
#                       web gateway.
#
# Both come out of one build stage: the workspace is installed and compiled once for the two images.

FROM node:24.22.3-trixie-slim AS node

# The package.json files and lock file of the workspaces each image needs (turbo prune --docker, with
# the turbo release the workspace pins): the npm ci layers below stay cached until a dependency
# changes, whatever the source edits.
FROM node AS prune
WORKDIR /workspace
COPY package.json ./
RUN npm install --global --no-audit --no-fund \
      "turbo@$(node --print 'require("./package.json").devDependencies.turbo')"
COPY . .
RUN turbo prune @cci/ingest-api @cci/read-api @cci/regional-projector @cci/national-projector \
      @cci/web-gateway @cci/notifier @cci/log-archiver --docker --out-dir /prune/services \
 && turbo prune @cci/ingest-api @cci/read-api @cci/regional-projector @cci/national-projector \
      @cci/web-gateway @cci/notifier @cci/log-archiver @cci/dashboard --docker --out-dir /prune/all

FROM node AS build
ENV TURBO_TELEMETRY_DISABLED=1
WORKDIR /workspace
COPY --from=prune /prune/all/json/ ./
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund
COPY --from=prune /prune/all/full/ ./
COPY tsconfig.base.json ./
RUN npx turbo run build --output-logs=errors-only

# The services' production dependencies only, then each workspace's compiled output, then the bin
# links (ingest-api, cci-keys...) that npm skips while their dist/ files are missing.
FROM node AS service-files
WORKDIR /app
COPY --from=prune /prune/services/json/ ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --ignore-scripts --no-audit --no-fund
RUN --mount=type=bind,from=build,source=/workspace,target=/workspace \
    for workspace in packages/* apps/*; do cp -R "/workspace/$workspace/dist" "$workspace/"; done \
 && npm rebuild --ignore-scripts
# The read API serves its committed OpenAPI document, which it reads from beside its dist/ at start.
COPY apps/read-api/openapi.json apps/read-api/
COPY infra/docker/health-check.mjs ./

FROM node AS services
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PATH=/app/node_modules/.bin:$PATH
WORKDIR /app
COPY --from=service-files /app ./
# The credentials file's folder and the event log's archive (docker-compose.yml mounts a volume on
# each): a new volume takes the ownership of the folder it is mounted on, so the services, running as
# `node`, can write to it.
RUN mkdir -p /var/lib/cci/archive && chown -R 1000:1000 /var/lib/cci
# The base image's `node` user, by number, so that a runtime can check that it is not root.
USER 1000:1000
# PORT is the service's port: the same variable the service listens on.
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "/app/health-check.mjs", "/health/live"]

FROM nginxinc/nginx-unprivileged:1.30.4-alpine AS dashboard
# The image's entrypoint writes /etc/nginx/templates/*.template into /etc/nginx/conf.d with the
# environment's values, and exports the container's DNS servers as NGINX_LOCAL_RESOLVERS.
ENV NGINX_ENTRYPOINT_LOCAL_RESOLVERS=1 \
    GATEWAY_URL=http://web-gateway:3300
COPY apps/dashboard/nginx/default.conf.template /etc/nginx/templates/
COPY --from=build /workspace/apps/dashboard/dist /usr/share/nginx/html
HEALTHCHECK --interval=10s --timeout=5s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/health"]
