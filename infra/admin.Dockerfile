# The admin: the static react-admin build behind nginx, which also forwards /graphql to the API so
# the browser sees a single origin (the refresh-token cookie is then same-site).
# Build from the repository root: docker build -f infra/admin.Dockerfile -t orchestra-admin .
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
COPY package.json package-lock.json nx.json tsconfig.base.json ./
COPY libs/shared/package.json libs/shared/
COPY apps/api/package.json apps/api/
COPY apps/admin/package.json apps/admin/
RUN npm ci --no-audit --no-fund
COPY libs libs
COPY apps/admin apps/admin
# Always a production build (vite picks the JSX runtime from NODE_ENV).
RUN NODE_ENV=production npx nx run admin:build --outputStyle=stream

FROM nginx:1.27-alpine
COPY infra/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/apps/admin/dist /usr/share/nginx/html
