/** 照片: take or pick photos, shrunk on the phone, shown as removable thumbnails. */
import { useEffect, useState } from 'preact/hooks';
import type { PhotoInput } from '../../device/outbox/record.ts';
import { t } from '../i18n/index.ts';
import { addPhotos, type FormPhoto, MAX_PHOTOS, removePhoto } from './formModel.ts';
import type { SectionProps } from './section.ts';
import { shrinkPhoto } from './shrinkPhoto.ts';

/** The file input (camera first on phones) and the thumbnails; reports while it shrinks. */
export function PhotoField({
  form,
  update,
  onBusy,
}: SectionProps & { onBusy: (busy: boolean) => void }) {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(0);
  const [dropped, setDropped] = useState(0);

  const pick = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    // Cleared so picking the same photo again still fires `change`.
    input.value = '';
    if (files.length === 0) return;
    setBusy(true);
    onBusy(true);
    const shrunk: PhotoInput[] = [];
    let unreadable = 0;
    // One at a time: a phone decoding several 12-megapixel photos at once runs out of memory.
    for (const file of files) {
      try {
        shrunk.push(await shrinkPhoto(file));
      } catch (error) {
        console.error('shrinking a photo failed', error);
        unreadable++;
      }
    }
    let left = 0;
    update((f) => {
      const result = addPhotos(f, shrunk);
      left = result.dropped;
      return result.form;
    });
    setFailed(unreadable);
    setDropped(left);
    setBusy(false);
    onBusy(false);
  };

  return (
    <fieldset class="visit-section photos">
      <legend>{t('visit.photos')}</legend>
      {form.photos.length > 0 && (
        <ul class="thumbs">
          {form.photos.map((photo, i) => (
            <Thumb
              key={photo.key}
              photo={photo}
              n={i + 1}
              onRemove={() => update((f) => removePhoto(f, photo.key))}
            />
          ))}
        </ul>
      )}
      {busy && <p role="status">{t('visit.photoProcessing')}</p>}
      {failed > 0 && <p class="field-error">{t('visit.photoFailed', { count: failed })}</p>}
      {dropped > 0 && <p class="field-error">{t('visit.photoLimit', { max: MAX_PHOTOS })}</p>}
      {form.photos.length < MAX_PHOTOS && (
        <div class="add-photos">
          {/* Two inputs: with `capture`, Android opens only the camera, never the album. */}
          <label class="add-photo camera">
            <input
              type="file"
              accept="image/*"
              capture="environment"
              disabled={busy}
              onChange={(e) => void pick(e.currentTarget)}
            />
            <span>{t('visit.takePhoto')}</span>
          </label>
          <label class="add-photo from-album">
            <input
              type="file"
              accept="image/*"
              multiple
              disabled={busy}
              onChange={(e) => void pick(e.currentTarget)}
            />
            <span>{t('visit.choosePhotos')}</span>
          </label>
        </div>
      )}
    </fieldset>
  );
}

function Thumb({ photo, n, onRemove }: { photo: FormPhoto; n: number; onRemove: () => void }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(photo.blob);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [photo.blob]);
  return (
    <li class="thumb">
      {url && <img src={url} alt={t('visit.photoN', { n })} width={96} height={96} />}
      <button
        type="button"
        class="remove"
        aria-label={t('visit.photoRemove', { n })}
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}
