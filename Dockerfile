# Build: ./mvnw -DskipTests package && docker build -t conflict-graph .
FROM eclipse-temurin:25-jre
RUN groupadd --system app && useradd --system --gid app --home-dir /app app \
    && mkdir -p /app/data && chown -R app:app /app
WORKDIR /app
COPY target/conflict-graph-*.jar /app/conflict-graph.jar
USER app
ENV CONFLICT_GRAPH_DATA_DIR=/app/data
EXPOSE 8080
ENTRYPOINT ["java", "-Xmx3g", "-jar", "/app/conflict-graph.jar"]
