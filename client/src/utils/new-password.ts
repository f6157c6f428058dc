import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@album/shared";

export interface NewPasswordProblems {
  password: "short" | null;
  repeat: "mismatch" | null;
}

/** The server's rule (shared limits) and the repeat check, before anything is sent. */
export function newPasswordProblems(password: string, repeat: string): NewPasswordProblems {
  const short = password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH;
  return { password: short ? "short" : null, repeat: !short && password !== repeat ? "mismatch" : null };
}
