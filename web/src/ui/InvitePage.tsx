import { useEffect, useState } from 'preact/hooks';
import type { InvitePreview } from '../generated/protocol';
import { acceptInvite, describeError, previewInvite, session } from '../state/app';
import { navigate } from './router';

/** /invite/CODE: who invites you where; join when logged in, else log in or register first. */
export function InvitePage({ code }: { code: string }) {
  const [preview, setPreview] = useState<InvitePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    previewInvite(code).then(setPreview, (e) => setError(describeError(e)));
  }, [code]);

  function authFirst(to: '/login' | '/register') {
    sessionStorage.setItem('parley.after-auth', `/invite/${code}`);
    navigate(to);
  }

  async function join() {
    setBusy(true);
    try {
      await acceptInvite(code);
    } catch (e) {
      setError(describeError(e));
      setBusy(false);
    }
  }

  return (
    <main class="auth">
      <section class="card invite" aria-labelledby="invite-title">
        {!preview && !error && <p role="status">Loading invite…</p>}
        {error && <><h1 id="invite-title">This invite does not work</h1><p class="error" role="alert">{error}</p></>}
        {preview && (
          <>
            <p class="muted">{preview.inviter?.display_name ?? 'Someone'} invited you to join</p>
            <h1 id="invite-title">{preview.community_name}</h1>
            {preview.community_description && <p>{preview.community_description}</p>}
            <p class="muted">{preview.member_count} {preview.member_count === 1 ? 'member' : 'members'}</p>
            {session.value
              ? <button class="primary" disabled={busy} onClick={() => void join()}>Accept invite</button>
              : (
                <div class="actions">
                  <button onClick={() => authFirst('/login')}>Log in to join</button>
                  <button class="primary" onClick={() => authFirst('/register')}>Register to join</button>
                </div>
              )}
          </>
        )}
      </section>
    </main>
  );
}
