export function OptionsApp() {
  return (
    <main class="tl-page tl-options">
      <h1>Termlight options</h1>
    </main>
  );
}
