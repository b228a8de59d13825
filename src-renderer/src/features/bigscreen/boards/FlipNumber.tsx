/**
 * A flip number: each character on its own tile; a tile whose character changed flips in (CSS
 * animation, restarted by the key), so a new figure on the wall draws the eye to what moved.
 */
export function FlipNumber({ text, testId }: { text: string; testId?: string }) {
  return (
    <span className="bs-flip" data-testid={testId} data-value={text} aria-label={text}>
      {Array.from(text).map((ch, i) => (
        <span key={`${i}-${ch}`} className={/\d/.test(ch) ? 'bs-flip-tile' : 'bs-flip-sep'}>{ch}</span>
      ))}
    </span>
  );
}
