import { ProductCard } from "../components/ProductCard";

const products = [{ id: 1, name: "Kettle", price: 25 }];

export function ProductList() {
  return <main>{products.map((p) => <ProductCard key={p.id} product={p} />)}</main>;
}
