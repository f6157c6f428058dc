# Production image: builds server and client, runs the API with the built client on one port.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:22-bookworm-slim
ENV NODE_ENV=production PORT=4000
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 4000
HEALTHCHECK CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# The server's heap is bounded (SERVER_HEAP_MB, README "Memory"); exec replaces the shell, so that
# node itself receives SIGTERM and drains its requests.
CMD ["sh", "-c", "exec node --max-old-space-size=${SERVER_HEAP_MB:-256} server"]
