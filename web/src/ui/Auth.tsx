import { useState } from 'preact/hooks';
import { describeError, login, register } from '../state/app';
import { navigate } from './router';

/** Where to go after logging in (an invite link opened while logged out comes back here). */
export function afterAuth(): string {
  const to = sessionStorage.getItem('parley.after-auth');
  sessionStorage.removeItem('parley.after-auth');
  return to ?? '/channels/@me';
}

export function AuthPage({ mode }: { mode: 'login' | 'register' }) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const registering = mode === 'register';

  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (registering) await register(username.trim(), displayName.trim(), password);
      else await login(username.trim(), password);
      // the app leaves this page as soon as the session exists (App: afterAuth)
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main class="auth">
      <form class="card" onSubmit={submit} aria-labelledby="auth-title">
        <h1 id="auth-title">{registering ? 'Create an account' : 'Welcome back'}</h1>
        <label>
          {registering ? 'Username' : 'Username or email'}
          <input name="username" autoComplete="username" required value={username}
                 onInput={(e) => setUsername(e.currentTarget.value)} />
        </label>
        {registering && (
          <label>
            Display name
            <input name="display_name" autoComplete="nickname" value={displayName}
                   onInput={(e) => setDisplayName(e.currentTarget.value)} />
          </label>
        )}
        <label>
          Password
          <input name="password" type="password" required minLength={registering ? 10 : undefined}
                 autoComplete={registering ? 'new-password' : 'current-password'} value={password}
                 onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {error && <p class="error" role="alert">{error}</p>}
        <button type="submit" class="primary" disabled={busy}>{registering ? 'Register' : 'Log in'}</button>
        <p class="muted">
          {registering
            ? <>Have an account? <a href="/login" onClick={(e) => { e.preventDefault(); navigate('/login'); }}>Log in</a></>
            : <>New here? <a href="/register" onClick={(e) => { e.preventDefault(); navigate('/register'); }}>Create an account</a></>}
        </p>
      </form>
    </main>
  );
}
