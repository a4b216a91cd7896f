import { buttonClass } from "./button";

test("primary buttons are marked", () => {
  expect(buttonClass(true)).toBe("btn btn-primary");
});
