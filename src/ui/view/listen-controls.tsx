import { useEffect, useState } from 'preact/hooks';
import type { VoiceInfo } from '../speech/engine';
import { MAX_RATE, MIN_RATE, RATE_STEP } from '../speech/player';
import type { SpeechControls, SpeechHost, SpeechView } from '../speech/speech-host';
import { STRINGS } from '../strings';

// Plain guillemets: the media-control symbols (⏮ ⏭) are missing from common fonts (DejaVu) and
// showed as empty boxes in the reader's screenshot.
const STEP_GLYPHS: Record<string, string> = {
  'prev-paragraph': '«',
  'prev-sentence': '‹',
  'next-sentence': '›',
  'next-paragraph': '»',
};

/**
 * Read aloud, in the shared article view: in the popup a Listen button (it opens the reader, which
 * speaks); in the reader Listen/Pause, previous/next sentence and paragraph, speed and voice.
 */
export function ListenControls({ host }: { host: SpeechHost }) {
  const title = host.shortcut ? STRINGS.listenShortcut(host.shortcut) : undefined;
  if (!host.controls) {
    return (
      <div class="folio-speech">
        <button type="button" class="folio-action folio-listen" title={title} onClick={() => host.listen?.()}>
          {STRINGS.listen}
        </button>
      </div>
    );
  }
  return <LiveControls controls={host.controls} title={title} />;
}

function useView(controls: SpeechControls): SpeechView {
  const [view, setView] = useState(() => controls.view());
  useEffect(() => {
    setView(controls.view());
    return controls.subscribe(() => setView(controls.view()));
  }, [controls]);
  return view;
}

function VoiceOptions({ voices }: { voices: VoiceInfo[] }) {
  return (
    <>
      {voices.map((voice) => (
        <option key={voice.id} value={voice.id}>
          {voice.name}
        </option>
      ))}
    </>
  );
}

function LiveControls({ controls, title }: { controls: SpeechControls; title: string | undefined }) {
  const view = useView(controls);
  const playing = view.status === 'playing';
  const message =
    view.status === 'no-voices'
      ? STRINGS.noVoices
      : view.status === 'failed'
        ? STRINGS.speechFailed
        : view.engaged && view.voices.anyLanguage
          ? STRINGS.otherLanguageVoices
          : '';
  const step = (label: string, run: () => void, key: string) => (
    <button
      type="button"
      class="folio-action"
      aria-label={label}
      title={label}
      data-speech={key}
      onClick={run}
    >
      {STEP_GLYPHS[key]}
    </button>
  );
  return (
    <fieldset
      class="folio-speech"
      aria-label={STRINGS.speechControls}
      data-status={view.status}
      data-engaged={view.engaged ? 'true' : 'false'}
    >
      <button
        type="button"
        class="folio-action folio-listen"
        title={title}
        aria-pressed={playing ? 'true' : 'false'}
        onClick={() => controls.toggle()}
      >
        {playing ? STRINGS.pauseSpeech : view.status === 'paused' ? STRINGS.resumeSpeech : STRINGS.listen}
      </button>
      {view.engaged ? (
        <>
          {step(STRINGS.previousParagraph, () => controls.paragraph(-1), 'prev-paragraph')}
          {step(STRINGS.previousSentence, () => controls.sentence(-1), 'prev-sentence')}
          {step(STRINGS.nextSentence, () => controls.sentence(1), 'next-sentence')}
          {step(STRINGS.nextParagraph, () => controls.paragraph(1), 'next-paragraph')}
          <label class="folio-speech-field">
            {STRINGS.speechSpeed}
            <input
              type="range"
              min={MIN_RATE}
              max={MAX_RATE}
              step={RATE_STEP}
              value={view.rate}
              onChange={(event) => controls.setRate(Number(event.currentTarget.value))}
            />
            <output>{STRINGS.speechRate(view.rate)}</output>
          </label>
          <label class="folio-speech-field">
            {STRINGS.speechVoice}
            <select
              value={view.voiceId ?? ''}
              onChange={(event) => controls.setVoice(event.currentTarget.value)}
            >
              {view.voices.local.length > 0 ? (
                <optgroup label={STRINGS.localVoices}>
                  <VoiceOptions voices={view.voices.local} />
                </optgroup>
              ) : null}
              {view.voices.remote.length > 0 ? (
                <optgroup label={STRINGS.remoteVoices}>
                  <VoiceOptions voices={view.voices.remote} />
                </optgroup>
              ) : null}
            </select>
          </label>
        </>
      ) : null}
      <span class="folio-speech-status" role="status">
        {message}
      </span>
    </fieldset>
  );
}
