import argon2 from 'argon2';

const OPTIONS = { type: argon2.argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (plain: string): Promise<string> => argon2.hash(plain, OPTIONS);

// Verified against when the account does not exist, so both answers take as long.
let dummyHash: Promise<string> | undefined;

/** Constant-time verification (argon2 compares in constant time); unknown users cost the same. */
export async function verifyPassword(hash: string | undefined, plain: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashPassword('dummy-password-for-timing');
    await argon2.verify(await dummyHash, plain);
    return false;
  }
  return argon2.verify(hash, plain);
}
