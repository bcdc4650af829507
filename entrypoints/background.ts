export default defineBackground(() => {
  // Filled in by later work (settings migration, per-tab term counts).
});
