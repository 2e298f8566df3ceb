// What a server action request must look like before Next decodes it. Next answers 500 (and logs
// an error) for a body it cannot decode: invalid JSON, a multipart body without its boundary or
// cut short, or a reference to a part the body does not hold (React then waits for it until the
// body ends: "Connection closed"). The app's forms send FormData, which React encodes as multipart
// whose numbered fields are JSON; every string there that starts with `$` is either escaped (`$$`)
// or one of the encodings below.

/** `$`-values that stand for themselves and refer to no other part. */
const SELF_CONTAINED = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$)/;
/** `$K<id>` names the FormData whose fields are prefixed `<id>_`, which may be empty. */
const FORM_DATA = /^\$K[0-9a-f]+$/;
/**
 * A promise, Map, Set or plain model held in another part, by its id (hexadecimal). Anything else
 * (server references `$F`/`$h`, streams, blobs, temporary references) no form of the app sends.
 */
const PART_REFERENCE = /^\$[@QW]?([0-9a-f]+)$/;

function referencesResolve(value: unknown, parts: Set<string>): boolean {
  if (typeof value === "string") {
    if (!value.startsWith("$") || SELF_CONTAINED.test(value) || FORM_DATA.test(value)) return true;
    const id = PART_REFERENCE.exec(value)?.[1];
    return id !== undefined && parts.has(String(parseInt(id, 16)));
  }
  if (Array.isArray(value)) return value.every((item) => referencesResolve(item, parts));
  if (value !== null && typeof value === "object") return Object.values(value).every((item) => referencesResolve(item, parts));
  return true;
}

function modelIsDecodable(text: string, parts: Set<string>): boolean {
  try {
    return referencesResolve(JSON.parse(text), parts);
  } catch {
    return false;
  }
}

/**
 * A multipart POST to a page without Next-Action may be a form posted without JavaScript, which
 * Next parses to find the action it names: a body that is no multipart at all fails there.
 */
/** Next checks an action id's length (42) and logs an error for any other: refuse it here. */
export function actionIdProblem(id: string): string | null {
  return /^[0-9a-f]{42}$/i.test(id) ? null : "The action named is not one of this site's.";
}

export async function formPostProblem(request: Request): Promise<string | null> {
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) return null;
  try {
    await request.formData();
    return null;
  } catch {
    return "The form data could not be read.";
  }
}

/** Why a server action body cannot be decoded, or null when it can. */
export async function actionBodyProblem(request: Request): Promise<string | null> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return "The form data could not be read.";
    }
    const parts = new Set([...form.keys()].filter((key) => /^\d+$/.test(key)));
    for (const key of parts) {
      const value = form.get(key);
      if (typeof value === "string" && !modelIsDecodable(value, parts)) return "The form data is not a valid action call.";
    }
    return null;
  }
  // Without FormData React sends the arguments as one JSON array (text/plain).
  const text = await request.text();
  const model = (() => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  })();
  if (!Array.isArray(model) || !referencesResolve(model, new Set())) return "The request body is not a valid action call.";
  return null;
}
