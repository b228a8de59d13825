/** Test stand-ins for the desktop ports: a save dialog that answers with a given path. */
import type { DialogPort, PrinterPort, SaveDialogRequest } from '../../../src-main/handlers';

export type FakeDialog = DialogPort & { requests: SaveDialogRequest[] };

/** A dialog port that "chooses" `answer` (null = the user cancels) and records each request. */
export function fakeDialog(answer: string | null): FakeDialog {
  const requests: SaveDialogRequest[] = [];
  return {
    requests,
    showSaveDialog: async (request) => {
      requests.push(request);
      return answer;
    },
  };
}

/** A printer port that returns a small PDF-like byte string. */
export function fakePrinter(calls: unknown[] = []): PrinterPort {
  return {
    printToPdf: async (options) => {
      calls.push(options);
      return new TextEncoder().encode(`%PDF-1.7 ${JSON.stringify(options)}`);
    },
  };
}
