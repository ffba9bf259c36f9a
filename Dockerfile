# Build: the Maven build runs the templates' precompilation and packages one runnable jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY web web
COPY pricing-data pricing-data
RUN mvn -B -q package -DskipTests

# Run: a JRE only, as an unprivileged user.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --no-create-home planner
COPY --from=build /src/target/msk-planner.jar /app/msk-planner.jar
USER 10001
EXPOSE 7070
ENTRYPOINT ["java", "-jar", "/app/msk-planner.jar"]
# Inside a container the server must listen on all interfaces; outside one it binds 127.0.0.1 by default.
CMD ["serve", "--host", "0.0.0.0"]
