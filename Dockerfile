# shipshape as a container: the CLI, and `serve` for the portfolio server.
#   docker build -t shipshape .
#   docker run --rm -v "$PWD:/repo:ro" shipshape scan /repo
#   docker run -p 8080:8080 -v shipshape-data:/data shipshape serve --host 0.0.0.0 --data-dir /data
FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -Djacoco.skip=true -Dspotless.apply.skip=true package -pl cli -am

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends git \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --create-home shipshape
COPY --from=build /src/cli/target/shipshape.jar /opt/shipshape/shipshape.jar
USER shipshape
WORKDIR /home/shipshape
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx512m", "-jar", "/opt/shipshape/shipshape.jar"]
