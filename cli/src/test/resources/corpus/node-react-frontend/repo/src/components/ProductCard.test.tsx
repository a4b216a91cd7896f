import { render } from "@testing-library/react";
import { axe } from "jest-axe";
import { ProductCard } from "./ProductCard";

test("a product card has no accessibility violations", async () => {
  const { container } = render(<ProductCard product={{ id: 1, name: "Kettle", price: 25 }} />);
  expect(await axe(container)).toHaveNoViolations();
});
