# syntax=docker/dockerfile:1
# One image for every frontdoor service; the command picks the service:
#   docker run frontdoor dist/services/bff-web/main.js
#   docker run frontdoor dist/services/backends/catalog/main.js
# Node 24 LTS (Node 20 reached end of life in April 2026). There is no HEALTHCHECK on purpose:
# compose and Kubernetes probe each service on its own port (a BFF's admin /healthz and
# /readyz), which one image-wide check could not know.

# 1. Build: every dependency, TypeScript compiled to dist/ (with source maps).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY services ./services
COPY scripts ./scripts
RUN npm run build

# 2. Production dependencies only, so no compiler, test runner or benchmark tool ships.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --no-audit --no-fund

# 3. Runtime. Files stay root-owned and read-only to the process; it writes nothing, so the
# root filesystem can be mounted read-only. Dev keys are never in the image: in production the
# BFFs need JWT_PUBLIC_KEY_FILE or JWT_JWKS_URL (web, mobile), API_KEYS_FILE or API_KEYS
# (partner), given at run time (see docs/operations.md).
FROM node:24-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
# package.json marks the project root: the code walks up to it to find protos/ and schemas/.
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist/services ./dist/services
COPY protos ./protos
COPY schemas ./schemas
# 1000 is the base image's `node` user, given as numbers so Kubernetes' runAsNonRoot can verify it.
USER 1000:1000
# Source maps turn stack traces back into TypeScript lines. The argument names the service.
ENTRYPOINT ["node", "--enable-source-maps"]
# The Node flags every BFF runs with (scripts/stack-services.ts BFF_NODE_FLAGS).
CMD ["--max-semi-space-size=32", "--heap-growing-percent=100", "dist/services/bff-web/main.js"]
