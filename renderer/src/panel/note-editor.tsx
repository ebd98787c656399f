/** Notes of a pair or of a flag: the list (edit, delete) and a box to add one. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteRecord } from '../../../shared/project';
import { formatDate } from '../i18n';

export function NoteEditor({
  notes,
  onAdd,
  onUpdate,
  onRemove,
  focusSerial,
  testId,
}: {
  notes: readonly NoteRecord[];
  onAdd: (text: string) => Promise<boolean>;
  onUpdate: (noteId: number, text: string) => Promise<boolean>;
  onRemove: (noteId: number) => void;
  /** Changes when the box should take the focus (the note shortcut). */
  focusSerial?: number;
  testId: string;
}) {
  const { t, i18n } = useTranslation('app');
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<{ id: number; text: string } | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusSerial) box.current?.focus();
  }, [focusSerial]);
  const add = async () => {
    if (draft.trim() && (await onAdd(draft))) setDraft('');
  };
  return (
    <div className="note-editor">
      {notes.map((note) =>
        editing?.id === note.id ? (
          <div key={note.id} className="note editing">
            <textarea value={editing.text} aria-label={t('notes.edit')} onChange={(event) => setEditing({ id: note.id, text: event.target.value })} />
            <div className="note-actions">
              <button type="button" onClick={() => void onUpdate(note.id, editing.text).then((saved) => saved && setEditing(null))}>
                {t('common.save')}
              </button>
              <button type="button" className="link" onClick={() => setEditing(null)}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        ) : (
          <div key={note.id} className="note">
            <div className="note-text">{note.text}</div>
            <div className="note-meta muted small">
              {formatDate(note.updated, i18n.language)}
              <button type="button" className="link" onClick={() => setEditing({ id: note.id, text: note.text })}>
                {t('notes.edit')}
              </button>
              <button type="button" className="link" onClick={() => onRemove(note.id)}>
                {t('notes.remove')}
              </button>
            </div>
          </div>
        ),
      )}
      <textarea
        ref={box}
        value={draft}
        placeholder={t('notes.placeholder')}
        aria-label={t('notes.add')}
        data-testid={`${testId}-input`}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void add();
          if (event.key === 'Escape') (event.target as HTMLTextAreaElement).blur();
        }}
      />
      <button type="button" disabled={!draft.trim()} onClick={() => void add()} data-testid={`${testId}-save`}>
        {t('notes.add')}
      </button>
    </div>
  );
}
