import { ErrorMessage } from '../../ui/error-message';
import { useProjectStore } from '../project/project-store';

/** Why a recent project did not open (moved, deleted, not a project). */
export function ProjectOpenError() {
  const error = useProjectStore((s) => s.error);
  if (!error) return null;
  return <ErrorMessage error={error} onDismiss={useProjectStore.getState().dismissError} />;
}
