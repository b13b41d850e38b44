import { describe, expect, it } from "vitest";
import { SERVER_NODE_FLAGS, serverNodeOptions } from "../../scripts/server-flags";

describe("the app server's node flags", () => {
  it("adds the heap limits to what NODE_OPTIONS already holds", () => {
    expect(serverNodeOptions({})).toBe(SERVER_NODE_FLAGS);
    expect(serverNodeOptions({ NODE_OPTIONS: "--expose-gc" })).toBe(`--expose-gc ${SERVER_NODE_FLAGS}`);
  });

  it("a limit set in NODE_OPTIONS wins, and RESTRIDE_NODE_FLAGS replaces the defaults", () => {
    expect(serverNodeOptions({ NODE_OPTIONS: "--max-old-space-size=1024" })).toBe("--max-old-space-size=1024 --max-semi-space-size=32");
    expect(serverNodeOptions({ RESTRIDE_NODE_FLAGS: "" })).toBe("");
    expect(serverNodeOptions({ RESTRIDE_NODE_FLAGS: "--max-old-space-size=256", NODE_OPTIONS: "--expose-gc" })).toBe("--expose-gc --max-old-space-size=256");
  });
});
