# Kiroku in two stages: build the production jar, then run it on a plain JRE.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
# node and npm take the postal-code data from npm during the build (Vaadin still fetches its own Node 24)
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline -Pproduction || true
COPY frontend ./frontend
COPY src ./src
RUN mvn -B -Pproduction package -DskipTests

FROM eclipse-temurin:25-jre
RUN groupadd --system kiroku && useradd --system --gid kiroku --home-dir /app kiroku
WORKDIR /app
COPY --from=build /src/target/kiroku-*.jar /app/kiroku.jar
USER kiroku
# inside the container Kiroku must listen beyond loopback for the published port to reach it
ENV SERVER_ADDRESS=0.0.0.0
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/kiroku.jar"]
