export type Product = { id: number; name: string; price: number };

export function ProductCard({ product }: { product: Product }) {
  return (
    <article aria-label={product.name}>
      <h2>{product.name}</h2>
      <p>{product.price} EUR</p>
    </article>
  );
}
