/** "跳到主要内容": the first focusable element on every page (WCAG 2.4.1). */
export function SkipLink({ target = 'main', label = '跳到主要内容' }: { target?: string; label?: string }) {
  return <a className="gk-skip-link" href={`#${target}`}>{label}</a>;
}
