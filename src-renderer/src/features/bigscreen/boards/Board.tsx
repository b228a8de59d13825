import type { ReactNode } from 'react';

/** A board's frame on the stage: title, an optional note at the right, the content. */
export function Board({ id, title, note, area, children }: { id: string; title: string; note?: ReactNode; area: string; children: ReactNode }) {
  return (
    <section className="bs-board" data-board={id} data-testid={`board-${id}`} style={{ gridArea: area }}>
      <header className="bs-board-title">
        <span>{title}</span>
        {note ? <span className="bs-board-note">{note}</span> : null}
      </header>
      <div className="bs-board-body">{children}</div>
    </section>
  );
}

/** What a board shows when it has nothing to draw yet, saying why. */
export function BoardEmpty({ text }: { text: string }) {
  return <div className="bs-empty">{text}</div>;
}
