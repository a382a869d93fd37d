export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <p className="drop-overlay__text">Drop the manuscript to open it</p>
    </div>
  );
}
