export default function Home() {
  return (
    <main>
      <h1>Courts-GIS Kazakhstan</h1>
      <p>
        API: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
      </p>
    </main>
  );
}
