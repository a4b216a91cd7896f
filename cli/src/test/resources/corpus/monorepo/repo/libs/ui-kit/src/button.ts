export function buttonClass(primary: boolean): string {
  return primary ? "btn btn-primary" : "btn";
}
