# One image for every frontdoor service; the command picks which one runs, e.g.
#   docker run frontdoor services/bff-web/main.js
# Built on Node 24 LTS (Node 20 reached end of life in April 2026).

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY services ./services
COPY scripts ./scripts
RUN npm run build

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY protos ./protos
COPY schemas ./schemas
USER node
# `node dist/<entry>`: the service is the argument, so compose and Kubernetes pick it.
ENTRYPOINT ["node", "--enable-source-maps"]
CMD ["dist/services/bff-web/main.js"]
