let baseUrl = 'http://localhost:3000';

/** Where sign-in links point (the server's PUBLIC_URL); set once when the HTTP app is built. */
export function setWebBaseUrl(url: string): void {
  baseUrl = url.replace(/\/$/, '');
}

/** The sign-in URL for a link token. */
export function signInUrl(token: string): string {
  return `${baseUrl}/web/login/${token}`;
}
