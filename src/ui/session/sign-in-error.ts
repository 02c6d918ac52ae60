// Its own module: the sign-in form tells these errors apart without loading the request code and its schemas.

/** Why a sign-in failed, in terms the form can word. */
export type SignInFailure =
  | { kind: 'field'; field: 'username' | 'password'; message: string }
  | { kind: 'invalid' }
  | { kind: 'offline' }
  | { kind: 'other-user-pending' }
  | { kind: 'server'; message: string };

export class SignInError extends Error {
  constructor(readonly failure: SignInFailure) {
    super(failure.kind);
    this.name = 'SignInError';
  }
}
