// A 告知书 (printable A4 HTML from the server): shown in a script-less frame, printable, and
// downloadable as an .html file that opens in any browser or word processor.
import { useEffect, useRef, useState } from 'react';

export interface LetterDoc { title: string; html: string; fileName: string }

function useBlobUrl(html: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (typeof URL.createObjectURL !== 'function') return undefined;
    const u = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [html]);
  return url;
}

export function LetterViewer({ letter, heading = 'h3' }: { letter: LetterDoc; heading?: 'h2' | 'h3' }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const url = useBlobUrl(letter.html);
  const H = heading;
  return (
    <div className="gk-letter">
      <H>{letter.title}</H>
      <div className="gk-form-actions">
        <button type="button" className="gk-button-secondary" onClick={() => frame.current?.contentWindow?.print()}>打印<span className="gk-visually-hidden">{letter.title}</span></button>
        {url ? <a className="gk-button-secondary" href={url} download={letter.fileName}>下载<span className="gk-visually-hidden">{letter.title}</span>（HTML 文件）</a> : null}
      </div>
      {/* No scripts run inside (sandbox without allow-scripts); same origin only so that 打印 can reach it. */}
      <iframe ref={frame} title={`${letter.title}（预览）`} srcDoc={letter.html} sandbox="allow-same-origin allow-modals"
        style={{ width: '100%', minHeight: '32rem', border: '1px solid #8a8a8a', background: '#fff' }} />
    </div>
  );
}
