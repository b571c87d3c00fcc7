// Paste text or choose a file, set the publication date, analyse. A chosen file is read here
// only to be sent to the server: its HTML is never rendered in the page.
import { useRef, useState } from 'preact/hooks';
import type { AnalyzeInput } from '../api.ts';

/** The same default limit as the server's; the server's answer (413) is what counts. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

interface LoadedFile {
  name: string;
  size: number;
  content: string;
  asHtml: boolean;
}

export function AnalyzeForm({ busy, onAnalyze }: { busy: boolean; onAnalyze: (input: AnalyzeInput) => void }) {
  const [text, setText] = useState('');
  const [published, setPublished] = useState('');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const submit = (e?: Event) => {
    e?.preventDefault();
    if (busy) return;
    const date = published.trim() || undefined;
    if (file) {
      onAnalyze(file.asHtml ? { html: file.content, published: date } : { text: file.content, published: date });
    } else if (text.trim() !== '') {
      onAnalyze({ text, published: date });
    } else {
      setProblem('Paste an article into the box, or choose a file, first.');
      return;
    }
    setProblem(null);
  };

  const onFile = async (e: Event) => {
    const chosen = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setProblem(`${chosen.name} is ${(chosen.size / 1048576).toFixed(1)} MB; the limit is 10 MB.`);
      clearFile();
      return;
    }
    try {
      const content = await chosen.text();
      const asHtml = /\.x?html?$/i.test(chosen.name) || /^\s*</.test(content);
      setFile({ name: chosen.name, size: chosen.size, content, asHtml });
      setProblem(null);
    } catch {
      setProblem(`${chosen.name} could not be read.`);
      clearFile();
    }
  };

  const clearFile = () => {
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <form class="analyze-form" onSubmit={submit} aria-describedby={problem ? 'form-problem' : undefined}>
      <div class="field-row">
        <label for="article-text">Article text</label>
        <textarea
          id="article-text"
          name="text"
          rows={10}
          value={text}
          disabled={file !== null}
          placeholder="Paste a news article here (English), one paragraph per line."
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
          }}
        />
        <p class="hint">Ctrl+Enter analyses.</p>
      </div>
      <div class="form-grid">
        <div class="field-row">
          <label for="article-file">…or upload an HTML or text file</label>
          <input id="article-file" ref={fileInput} type="file" accept=".html,.htm,.xhtml,.txt,text/html,text/plain" onChange={onFile} />
          {file && (
            <p class="file-note" role="status">
              <strong>{file.name}</strong> ({Math.max(1, Math.round(file.size / 1024))} KB) will be sent {file.asHtml ? 'as an HTML page: the server finds the article in it' : 'as plain text'}; the text box is ignored.{' '}
              <button type="button" class="link-button" onClick={clearFile}>
                Remove the file
              </button>
            </p>
          )}
        </div>
        <div class="field-row">
          <label for="published">Publication date</label>
          <input id="published" name="published" type="date" value={published} onInput={(e) => setPublished((e.currentTarget as HTMLInputElement).value)} />
          <p class="hint">The reference for “yesterday” or “last week”. An HTML page may give its own.</p>
        </div>
      </div>
      {problem && (
        <p id="form-problem" class="problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" class="primary" disabled={busy} aria-busy={busy}>
        {busy ? 'Analysing…' : 'Analyze'}
      </button>
    </form>
  );
}
