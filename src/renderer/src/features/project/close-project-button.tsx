import { useProjectStore } from './project-store';

export function CloseProjectButton() {
  return (
    <button type="button" className="button" onClick={() => void useProjectStore.getState().close()}>
      Close project
    </button>
  );
}
