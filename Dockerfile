# syntax=docker/dockerfile:1
#
# Uptake container image.
#   docker build -t uptake .
#   docker compose up          (app + PostgreSQL 17, see docker-compose.yml)
#
# The build stage runs the Vaadin production build, which needs Node.js >= 24;
# it is copied in from the official node:24-slim image.

# ---------------------------------------------------------------------------
# Build stage
# ---------------------------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build

# Node.js 24 + npm for the Vaadin frontend build.
COPY --from=node:24-slim /usr/local/bin/node /usr/local/bin/node
COPY --from=node:24-slim /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
 && node --version && npm --version

WORKDIR /build

# Maven wrapper + POM first, so the dependency layer is reused as long as
# pom.xml does not change. A failure here only costs the cache; the package
# step below resolves whatever is still missing.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw \
 && (./mvnw -B -ntp -Pproduction dependency:go-offline \
     || echo "WARNING: dependency:go-offline failed; continuing, package will download what it needs")

# Sources, Vaadin frontend folder and the training content.
COPY src src
COPY frontend frontend
COPY training-content training-content
RUN ./mvnw -B -ntp -Pproduction -DskipTests package

# The Spring Boot jar (target/uptake-<version>.jar) under a fixed name.
RUN set -eu; \
    set -- $(find target -maxdepth 1 -name 'uptake-*.jar' ! -name '*-sources.jar' ! -name '*-javadoc.jar'); \
    if [ "$#" -ne 1 ]; then echo "expected exactly one target/uptake-*.jar, found: $*" >&2; exit 1; fi; \
    mkdir -p /app; \
    cp "$1" /app/app.jar; \
    ls -l /app/app.jar

# ---------------------------------------------------------------------------
# Runtime stage
# ---------------------------------------------------------------------------
FROM eclipse-temurin:25-jre

RUN groupadd --system --gid 10001 uptake \
 && useradd --system --uid 10001 --gid uptake --home-dir /app --shell /usr/sbin/nologin uptake \
 && mkdir -p /app/data \
 && chown -R uptake:uptake /app

WORKDIR /app
COPY --from=build --chown=uptake:uptake /app/app.jar /app/app.jar
COPY --from=build --chown=uptake:uptake /build/training-content /app/training-content

# Local data (the embedded H2 database when no PostgreSQL is configured).
ENV UPTAKE_DATA_DIR=/app/data
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

USER uptake
EXPOSE 8080

# curl ships with the eclipse-temurin images; a redirect to the login page counts as healthy.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
  CMD curl -fsS -o /dev/null http://127.0.0.1:8080/ || exit 1

# exec replaces the shell, so java runs as PID 1 and gets SIGTERM on `docker stop`;
# arguments after the image name are passed on to the application.
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/app.jar \"$@\"", "--"]
