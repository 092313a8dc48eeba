import { useEffect, useState } from 'preact/hooks';
import type { SessionView, UpdateProfileRequest, UserSelf } from '../generated/protocol';
import { apply, describeError, rest, state } from '../state/app';
import { Modal } from './Modal';

type ProfileField = 'display_name' | 'pronouns' | 'custom_status' | 'bio';
const FIELDS: { key: ProfileField; label: string; long?: boolean }[] = [
  { key: 'display_name', label: 'Display name' },
  { key: 'pronouns', label: 'Pronouns' },
  { key: 'custom_status', label: 'Custom status' },
  { key: 'bio', label: 'About me', long: true },
];

/** Profile editing and the login sessions list with revoke (api.md, Authentication). */
export function AccountSettings({ onClose }: { onClose: () => void }) {
  return (
    <Modal title="Account" onClose={onClose}>
      <Profile />
      <Sessions />
      <div class="actions"><button class="primary" onClick={onClose}>Done</button></div>
    </Modal>
  );
}

function Profile() {
  const user = state.value.user;
  const [values, setValues] = useState<Record<ProfileField, string>>({
    display_name: user?.display_name ?? '', pronouns: user?.pronouns ?? '', custom_status: user?.custom_status ?? '', bio: user?.bio ?? '',
  });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function save(e: Event) {
    e.preventDefault();
    // empty optional fields are cleared, not set to "" (a field may not be both)
    const body: UpdateProfileRequest = { clear: [] };
    for (const { key } of FIELDS) {
      const v = values[key].trim();
      if (v) body[key] = v;
      else if (key !== 'display_name' && user?.[key]) body.clear!.push(key);
    }
    if (body.clear!.length === 0) delete body.clear;
    try {
      const updated = await rest.call<UserSelf>('PATCH', '/users/@me', body);
      apply({ type: 'dispatch', event: { type: 'user_updated', user: { ...updated, deleted: false } } });
      setMessage({ ok: true, text: 'Saved.' });
    } catch (err) {
      setMessage({ ok: false, text: describeError(err) });
    }
  }

  return (
    <form onSubmit={save} aria-labelledby="profile-title">
      <h3 id="profile-title">Profile</h3>
      {FIELDS.map(({ key, label, long }) => (
        <label key={key}>
          {label}
          {long
            ? <textarea name={key} rows={3} value={values[key]} onInput={(e) => setValues({ ...values, [key]: e.currentTarget.value })} />
            : <input name={key} value={values[key]} onInput={(e) => setValues({ ...values, [key]: e.currentTarget.value })} />}
        </label>
      ))}
      {message && <p class={message.ok ? 'muted' : 'error'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
      <div class="actions"><button type="submit">Save profile</button></div>
    </form>
  );
}

function Sessions() {
  const [sessions, setSessions] = useState<SessionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => rest.call<SessionView[]>('GET', '/auth/sessions').then(setSessions, (e) => setError(describeError(e)));
  useEffect(() => { void load(); }, []);
  const run = (p: Promise<unknown>) => p.then(load, (e) => setError(describeError(e)));
  const when = (iso?: string) => (iso ? new Date(iso).toLocaleString() : '—');
  return (
    <section aria-labelledby="sessions-title">
      <h3 id="sessions-title">Where you are logged in</h3>
      {error && <p class="error" role="alert">{error}</p>}
      {!sessions && !error && <p class="muted" role="status">Loading…</p>}
      <ul class="sessions">
        {sessions?.map((s) => (
          <li key={s.id}>
            <span>
              <strong>{s.device_name ?? 'Unknown device'}</strong>{s.current && <span class="muted"> (this device)</span>}
              <br /><span class="muted">{s.ip ?? ''} · last used {when(s.last_used_at)}</span>
            </span>
            {!s.current && (
              <button aria-label={`Log out ${s.device_name ?? 'that device'}`}
                      onClick={() => void run(rest.call<void>('DELETE', `/auth/sessions/${s.id}`))}>Log out</button>
            )}
          </li>
        ))}
      </ul>
      {sessions && sessions.length > 1 && (
        <div class="actions">
          <button onClick={() => void run(rest.call<void>('POST', '/auth/sessions/revoke-others'))}>Log out everywhere else</button>
        </div>
      )}
    </section>
  );
}
