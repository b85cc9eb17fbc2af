// Outside the localised pages (the proxy sends every page path to a locale), so no messages here.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>Page not found</h1>
          <p>
            <a href="/kk">Қазақша</a> · <a href="/ru">Русский</a> · <a href="/en">English</a>
          </p>
        </main>
      </body>
    </html>
  );
}
