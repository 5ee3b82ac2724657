import { useCallback, useState } from 'react';
import { ConfirmDialog, type DialogAction } from '../kit/ConfirmDialog';

export interface DialogRequest {
  title: string;
  body: string;
  /** A list under the body, with its heading ("These links go too:"). */
  details?: { title: string; items: string[] };
  /** Each action closes the dialog before it runs. */
  actions: DialogAction[];
}
export type AskDialog = (request: DialogRequest) => void;

/** One question at a time over the window: `ask` opens it, `element` renders it. */
export function useDialog() {
  const [request, setRequest] = useState<DialogRequest | null>(null);
  const ask = useCallback<AskDialog>((r) => setRequest(r), []);
  const element = request && (
    <ConfirmDialog
      title={request.title}
      actions={request.actions.map((a) => ({
        ...a,
        onClick: () => {
          setRequest(null);
          a.onClick();
        },
      }))}
      onCancel={() => setRequest(null)}
    >
      <p>{request.body}</p>
      {request.details && (
        <>
          <p>{request.details.title}</p>
          <ul className="dialog-details">
            {request.details.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
    </ConfirmDialog>
  );
  return { ask, element };
}
